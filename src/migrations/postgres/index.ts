import * as migration_20261128_132939_initial from './20261128_132939_initial';

export const migrations = [
  {
    up: migration_20261128_132939_initial.up,
    down: migration_20261128_132939_initial.down,
    name: '20261128_132939_initial'
  },
];
