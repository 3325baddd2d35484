import * as migration_20261128_125908_initial from './20261128_125908_initial';

export const migrations = [
  {
    up: migration_20261128_125908_initial.up,
    down: migration_20261128_125908_initial.down,
    name: '20261128_125908_initial'
  },
];
