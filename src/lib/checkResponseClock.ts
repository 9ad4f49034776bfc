import type { ContentProblem } from './contentProblem';
import { deriveResponseTimes, START_KINDS } from './deriveResponseTimes';
import type { ContentGraph } from './loadContentGraph';

/**
 * The response clock must be able to start, and must not run backwards. Every case needs an
 * event that made its problem public (a complaint, report or incident not marked `private`);
 * Xiaomi's first response and the first outcome may not come before it unless the case file
 * says why (`clock.response`, `clock.outcome`); and a reason given for what does not come first
 * is stale. Each problem names the case file and the events. Returns every problem.
 */
export function checkResponseClock(graph: ContentGraph): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const times = deriveResponseTimes(
    graph.cases.map((c) => ({ id: c.id, status: c.data.status, responseDate: c.data.response.date, responseFound: c.data.response.found, clock: c.data.clock })),
    graph.events.map((e) => ({ id: e.id, caseId: e.data.case, kind: e.data.kind, date: e.data.date, private: e.data.private })),
  );
  const files = new Map(graph.cases.map((c) => [c.id, c]));
  const label = { response: "Xiaomi's first response", outcome: 'the first ruling, penalty or recall' };
  for (const time of times) {
    const entry = files.get(time.caseId);
    if (!entry) continue;
    if (!time.start) {
      problems.push({
        file: entry.file,
        field: 'events',
        message: `no event marks when the problem became public (a ${START_KINDS.join(', ')} not marked private): the response clock cannot start`,
      });
      continue;
    }
    if (!entry.data.response.found && time.response?.eventId !== undefined) {
      problems.push({
        file: entry.file,
        field: 'response.found',
        message: `says no response was found, but "${time.response.eventId}" (${time.response.date}) is an event of kind response`,
      });
    }
    const start = `"${time.start.eventId}" (${time.start.date}, ${time.start.kind})`;
    for (const conflict of time.conflicts) {
      const what = conflict.eventId === undefined ? `response.date (${conflict.date})` : `"${conflict.eventId}" (${conflict.date})`;
      problems.push({
        file: entry.file,
        field: `clock.${conflict.milestone}`,
        message: `${label[conflict.milestone]}, ${what}, comes before the problem became public at ${start}: date or tag the first public complaint, report or incident, or say in clock.${conflict.milestone} why it came first`,
      });
    }
    for (const which of ['response', 'outcome'] as const) {
      if (entry.data.clock?.[which] !== undefined && time[which]?.beforeStart === undefined) {
        problems.push({
          file: entry.file,
          field: `clock.${which}`,
          message: `explains why ${label[which]} came before the problem became public, but it does not (the clock starts at ${start}): remove it`,
        });
      }
    }
  }
  return problems;
}
