import { INSTRUMENTS, type InstrumentId } from '../dialogs/instruments';
import type { MhlcSubscale, Ons4Key } from '../dialogs/scoring';
import { ONS4_KEYS } from '../dialogs/scoring';
import type { FhirContext } from './fhir-resources';
import type { Observation, QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import { profile, ref, type WithId } from './fhir-support';
import { localScoreCoding, type LocalScoreCode } from './terminology';

/**
 * One QuestionnaireResponse per validated instrument (the item wording comes from the locked
 * instrument definitions) and one Observation per score as dialogs/scoring computed it. Scores
 * have no SNOMED concept, so Observation.code uses the local score code system.
 */

function questionnaireResponse(ctx: FhirContext, instrumentId: InstrumentId): WithId<QuestionnaireResponse> | null {
  const instrument = INSTRUMENTS[instrumentId];
  const items = instrument.groups.flatMap((group) =>
    group.items.flatMap((item): QuestionnaireResponseItem[] => {
      const linkId = `${instrument.id}.${item.key}`;
      const value = ctx.doc.answers[linkId]?.value;
      if (typeof value === 'number') return [{ linkId, text: item.text, answer: [{ valueInteger: value }] }];
      if (typeof value === 'string' && value !== '') {
        const label = group.response.options?.find((o) => String(o.value) === value)?.label ?? value;
        return [{ linkId, text: item.text, answer: [{ valueCoding: { system: ctx.uris.answerOptions, code: value, display: label } }] }];
      }
      return [];
    }),
  );
  if (items.length === 0) return null;
  return {
    resourceType: 'QuestionnaireResponse',
    id: ctx.id(`qr-${instrumentId}`),
    meta: profile('QuestionnaireResponse'),
    questionnaire: ctx.uris.questionnaire(instrumentId),
    status: 'completed',
    subject: ref(ctx.patient),
    authored: ctx.effective,
    author: ref(ctx.service, ctx.doc.serviceName),
    item: items,
  };
}

interface ScoreValue {
  code: LocalScoreCode;
  value: Pick<Observation, 'valueInteger'> | Pick<Observation, 'valueCodeableConcept'>;
  interpretation?: string;
  instrument: InstrumentId;
}

function scoreValues(ctx: FhirContext): ScoreValue[] {
  const s = ctx.doc.scores;
  const out: ScoreValue[] = [];
  for (const key of ONS4_KEYS) {
    const r = s.ons4.items[key];
    if (r.scored)
      out.push({ code: `ons4_${key}` as `ons4_${Ons4Key}`, value: { valueInteger: r.value }, interpretation: `${r.bandLabel} (ONS band)`, instrument: 'ons4' });
  }
  if (s.ucla3.total.scored) out.push({ code: 'ucla3_total', value: { valueInteger: s.ucla3.total.total }, instrument: 'ucla3' });
  if (s.ucla3.direct) out.push({ code: 'loneliness_direct', value: { valueCodeableConcept: { text: s.ucla3.direct.label } }, instrument: 'ucla3' });
  const mhlc: Array<[MhlcSubscale, LocalScoreCode]> = [
    ['internal', 'mhlc_a_internal'],
    ['chance', 'mhlc_a_chance'],
    ['powerfulOthers', 'mhlc_a_powerful_others'],
  ];
  for (const [sub, code] of mhlc) {
    const r = s.mhlc.subscales[sub];
    if (r.scored) out.push({ code, value: { valueInteger: r.sum }, instrument: 'mhlc_a' });
  }
  return out;
}

export function assessmentResources(ctx: FhirContext): { responses: Array<WithId<QuestionnaireResponse>>; observations: Array<WithId<Observation>> } {
  const ids: InstrumentId[] = ['ons4', 'ucla3', 'mhlc_a'];
  const byInstrument = new Map<InstrumentId, WithId<QuestionnaireResponse>>();
  for (const id of ids) {
    const qr = questionnaireResponse(ctx, id);
    if (qr) byInstrument.set(id, qr);
  }
  const citation = (id: InstrumentId) => (id === 'ons4' ? ctx.doc.scores.ons4 : id === 'ucla3' ? ctx.doc.scores.ucla3 : ctx.doc.scores.mhlc).citation;
  const observations = scoreValues(ctx).map((v): WithId<Observation> => {
    const coding = localScoreCoding(v.code, ctx.uris);
    const qr = byInstrument.get(v.instrument);
    return {
      resourceType: 'Observation',
      id: ctx.id(`obs-${v.code}`),
      meta: profile('Observation'),
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] }],
      code: { coding: [coding], text: coding.display },
      subject: ref(ctx.patient),
      effectiveDateTime: ctx.effective,
      performer: [ref(ctx.service, ctx.doc.serviceName)],
      ...v.value,
      ...(v.interpretation ? { interpretation: [{ text: v.interpretation }] } : {}),
      method: { text: INSTRUMENTS[v.instrument].name },
      note: [{ text: `Source: ${citation(v.instrument)}` }],
      ...(qr ? { derivedFrom: [ref(qr)] } : {}),
    };
  });
  return { responses: [...byInstrument.values()], observations };
}
