/**
 * Changing the answers of a request nobody has picked up yet (`~/domain/answer-change`): per kind
 * the answers that may change, each checked exactly as on the form it came from.
 */
import * as z from "zod/mini";
import type { RequestKind } from "~/domain/request-status";
import { GroepsstageSchema } from "./groepsstage";
import { ProefplaatsingSchema } from "./proefplaatsing";
import { VraagSchema } from "./vraag";

const proefplaatsing = ProefplaatsingSchema.shape;
const groepsstage = GroepsstageSchema.shape;

export const ANSWER_CHANGE_SCHEMAS = {
  proefplaatsing: z.object({
    work: proefplaatsing.work,
    daysAndHours: proefplaatsing.daysAndHours,
    supervisor: proefplaatsing.supervisor,
    startPeriod: proefplaatsing.startPeriod,
  }),
  groepsstage: z.object({
    work: groepsstage.work,
    daysAndWeeks: groepsstage.daysAndWeeks,
    startPeriod: groepsstage.startPeriod,
    supervisorSpace: groepsstage.supervisorSpace,
    canteen: groepsstage.canteen,
  }),
  vraag: z.object({ question: VraagSchema.shape.question }),
} as const satisfies Record<RequestKind, z.ZodMiniType>;

export type AnswerChangeValues = {
  [K in RequestKind]: z.infer<(typeof ANSWER_CHANGE_SCHEMAS)[K]>;
}[RequestKind];
