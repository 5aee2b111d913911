/** Fills in the employer forms in a browser as a person would, by their labels. */
import type { Page } from "playwright-core";

export interface ProefplaatsingAnswers {
  email: string;
  companyName?: string;
  sector?: string;
  postcode?: string;
  work?: string;
  contactName?: string;
}

export async function fillProefplaatsing(page: Page, answers: ProefplaatsingAnswers) {
  await page.getByLabel("Naam van uw bedrijf").fill(answers.companyName ?? "Bakkerij Het Zuiden");
  await page.getByLabel("Sector").selectOption(answers.sector ?? "detailhandel");
  await page.getByLabel("Postcode van de werkplek").fill(answers.postcode ?? "3511 AB");
  await page.getByLabel("Welk werk kan een leerling bij u doen?").fill(answers.work ?? "Brood inpakken en de winkel netjes houden.");
  await page.getByLabel("Wie begeleidt de leerling bij u?").fill("Ahmed, bakker");
  await page.getByLabel("Wanneer wilt u beginnen?").selectOption("binnen-3-maanden");
  await page.getByLabel("Uw naam").fill(answers.contactName ?? "Sanne de Vries");
  await page.getByLabel("Uw e-mailadres").fill(answers.email);
  await page.getByLabel(/Ik geef toestemming/).check();
}
