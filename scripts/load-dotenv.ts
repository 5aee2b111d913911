/**
 * Reads a local `.env` file into process.env when there is one, for the scripts people start by
 * hand. Variables already set in the shell win. Imported first by every entry script.
 */
import { existsSync } from "node:fs";

if (existsSync(".env")) process.loadEnvFile(".env");
