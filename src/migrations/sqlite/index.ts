import * as migration_20261128_123734_initial from './20261128_123734_initial';

export const migrations = [
  {
    up: migration_20261128_123734_initial.up,
    down: migration_20261128_123734_initial.down,
    name: '20261128_123734_initial'
  },
];
