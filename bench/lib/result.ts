// One line of the bench table.
export interface Measure {
  /** Short id, stable across runs (results.json). */
  id: string;
  label: string;
  /** Measured value, or null when the measure could not run. */
  value: number | null;
  unit: string;
  /** The target as text, e.g. `≥ 50`. */
  target?: string;
  /** Whether the target is met; undefined where there is no target or no value. */
  met?: boolean;
  note?: string;
}

export const notAvailable = (id: string, label: string, unit: string, note: string, target?: string): Measure => ({
  id,
  label,
  value: null,
  unit,
  target,
  note,
});
