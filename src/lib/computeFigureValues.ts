import type { Derivation } from '../schemas/vocabulary';

export interface FigureInput {
  id: string;
  value?: number | undefined;
  derivation?: { op: Derivation; of: string[]; tolerance: number } | undefined;
}

export interface FigureValue {
  /** The value a reader is shown: the computed one for a derived figure, else the stated one. */
  value: number | undefined;
  /** What the source says, if it says anything. */
  stated: number | undefined;
  /** What the build computes from the figures named in the derivation. */
  computed: number | undefined;
  /** For a derived figure with a stated value: whether the two agree within the tolerance. */
  agrees: boolean | undefined;
  /** Why the value could not be computed (a missing input, a cycle, a division by zero). */
  error: string | undefined;
}

function apply(op: Derivation, values: number[]): number | string {
  const [first = 0, ...rest] = values;
  switch (op) {
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'difference':
      return rest.reduce((a, b) => a - b, first);
    case 'product':
      return values.reduce((a, b) => a * b, 1);
    case 'ratio':
    case 'multiple':
      return rest.reduce<number | string>((a, b) => (typeof a === 'string' ? a : b === 0 ? 'division by zero' : a / b), first);
    case 'percent-change': {
      if (values.length !== 2) return 'percent-change takes exactly two figures: from, to';
      const [from = 0, to = 0] = values;
      return from === 0 ? 'division by zero' : ((to - from) / from) * 100;
    }
  }
}

/**
 * Computes every derived figure from the figures it names (recursively), and compares the
 * result with the value a source states. Pure: the same input always gives the same map.
 */
export function computeFigureValues(figures: readonly FigureInput[]): Map<string, FigureValue> {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const results = new Map<string, FigureValue>();
  const visiting = new Set<string>();

  function resolve(id: string): FigureValue {
    const known = results.get(id);
    if (known) return known;
    const figure = byId.get(id);
    if (!figure) {
      return { value: undefined, stated: undefined, computed: undefined, agrees: undefined, error: `no figure "${id}"` };
    }
    if (!figure.derivation) {
      const result = { value: figure.value, stated: figure.value, computed: undefined, agrees: undefined, error: undefined };
      results.set(id, result);
      return result;
    }
    if (visiting.has(id)) {
      return { value: undefined, stated: figure.value, computed: undefined, agrees: undefined, error: `derivation cycle through "${id}"` };
    }
    visiting.add(id);
    const inputs = figure.derivation.of.map((input) => ({ input, result: resolve(input) }));
    visiting.delete(id);
    const failed = inputs.find(({ result }) => result.value === undefined);
    let result: FigureValue;
    if (failed) {
      result = {
        value: figure.value,
        stated: figure.value,
        computed: undefined,
        agrees: undefined,
        error: failed.result.error ?? `input "${failed.input}" has no value`,
      };
    } else {
      const computed = apply(figure.derivation.op, inputs.map(({ result: r }) => r.value as number));
      if (typeof computed === 'string') {
        result = { value: figure.value, stated: figure.value, computed: undefined, agrees: undefined, error: computed };
      } else {
        const agrees =
          figure.value === undefined
            ? undefined
            : Math.abs(computed - figure.value) <= Math.abs(computed) * figure.derivation.tolerance;
        result = { value: computed, stated: figure.value, computed, agrees, error: undefined };
      }
    }
    results.set(id, result);
    return result;
  }

  for (const figure of figures) resolve(figure.id);
  return results;
}
