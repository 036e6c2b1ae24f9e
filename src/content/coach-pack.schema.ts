// The coach pack's schemas (zod), one module per part in `coach-pack/`: texts and stems, places and asides, a
// step, a kind and the generic steps, slots, objects, and what is unsafe.
export * from './coach-pack/text.schema.js';
export * from './coach-pack/places.schema.js';
export * from './coach-pack/step.schema.js';
export * from './coach-pack/kind.schema.js';
export * from './coach-pack/slots.schema.js';
export * from './coach-pack/objects.schema.js';
export * from './coach-pack/safety.schema.js';
