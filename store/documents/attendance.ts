import { z } from 'zod';

/**
 * "Did they go?" (issue 21, point 3) and the agreed follow-up date: the `features.attendance` slot
 * of the assessment that holds the plan. One entry per referral or signpost, keyed by the
 * directory service id and the kind of link (a service may be both, recorded apart as the plan
 * does). Strict, so an unknown field is refused on write rather than stored unchecked.
 */
export const ATTENDANCE_OUTCOMES = ['attended', 'did_not_attend', 'not_yet', 'declined'] as const;
export type AttendanceOutcome = (typeof ATTENDANCE_OUTCOMES)[number];
export const LINK_KINDS = ['referral', 'signpost'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const attendanceEntrySchema = z.strictObject({
  link: z.enum(LINK_KINDS),
  serviceId: z.string().min(1).max(200),
  /** The first session's date (Europe/London), as agreed with the person. */
  firstDate: isoDate,
  setAt: z.string(),
  setBy: z.string().min(1),
  /** Every answer, oldest first: "not yet" can later become "attended". The last one stands. */
  answers: z.array(z.strictObject({ outcome: z.enum(ATTENDANCE_OUTCOMES), at: z.string(), by: z.string().min(1) })).max(50),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

export const attendanceSlotSchema = z.strictObject({
  entries: z.array(attendanceEntrySchema).max(100),
  /** The next contact agreed with the person (reminded on its morning). */
  followUp: z.strictObject({ date: isoDate, setAt: z.string(), setBy: z.string().min(1) }).optional(),
});
export type AttendanceSlot = z.infer<typeof attendanceSlotSchema>;

export const latestOutcome = (e: AttendanceEntry): AttendanceOutcome | null => e.answers.at(-1)?.outcome ?? null;
