import * as migration_20261128_125915_initial from './20261128_125915_initial';

export const migrations = [
  {
    up: migration_20261128_125915_initial.up,
    down: migration_20261128_125915_initial.down,
    name: '20261128_125915_initial'
  },
];
