/**
 * Loaded with `--import` by bench/profile.ts: the first SIGUSR2 starts the CPU profiler in this
 * process, the second writes the profile to $PROFILE_FILE. So the profile covers the load only,
 * not start-up (module loading, migrations, demo data).
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";

const session = new Session();
session.connect();
let running = false;
process.on("SIGUSR2", () => {
  if (!running) {
    running = true;
    session.post("Profiler.setSamplingInterval", { interval: 500 }, () => session.post("Profiler.enable", () => session.post("Profiler.start")));
    return;
  }
  session.post("Profiler.stop", (error, result) => {
    if (!error) writeFileSync(process.env.PROFILE_FILE ?? "app.cpuprofile", JSON.stringify(result.profile));
    running = false;
  });
});
