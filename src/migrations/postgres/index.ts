import * as migration_20261128_132939_initial from './20261128_132939_initial';
import * as migration_20261128_160152_translation_workflow from './20261128_160152_translation_workflow';

export const migrations = [
  {
    up: migration_20261128_132939_initial.up,
    down: migration_20261128_132939_initial.down,
    name: '20261128_132939_initial',
  },
  {
    up: migration_20261128_160152_translation_workflow.up,
    down: migration_20261128_160152_translation_workflow.down,
    name: '20261128_160152_translation_workflow'
  },
];
