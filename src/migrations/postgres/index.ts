import * as migration_20261128_132939_initial from './20261128_132939_initial';
import * as migration_20261128_160152_translation_workflow from './20261128_160152_translation_workflow';
import * as migration_20261128_163208_locale_parent_indexes from './20261128_163208_locale_parent_indexes';
import * as migration_20261128_164819_media_public from './20261128_164819_media_public';
import * as migration_20261128_215148_listings from './20261128_215148_listings';
import * as migration_20261129_014635_listings_page from './20261129_014635_listings_page';
import * as migration_20261129_044053_listing_tags from './20261129_044053_listing_tags';
import * as migration_20261129_092840_search_stems_index from './20261129_092840_search_stems_index';
import * as migration_20261204_164339_no_workflow_locks from './20261204_164339_no_workflow_locks';
import * as migration_20261204_165437_archive_import from './20261204_165437_archive_import';
import * as migration_20261204_170748_sign_in_lock_per_address from './20261204_170748_sign_in_lock_per_address';
import * as migration_20261204_171244_listings_api_doc from './20261204_171244_listings_api_doc';
import * as migration_20261204_172512_users_email_settings from './20261204_172512_users_email_settings';
import * as migration_20261204_173018_notify_translation_task from './20261204_173018_notify_translation_task';

export const migrations = [
  {
    up: migration_20261128_132939_initial.up,
    down: migration_20261128_132939_initial.down,
    name: '20261128_132939_initial',
  },
  {
    up: migration_20261128_160152_translation_workflow.up,
    down: migration_20261128_160152_translation_workflow.down,
    name: '20261128_160152_translation_workflow',
  },
  {
    up: migration_20261128_163208_locale_parent_indexes.up,
    down: migration_20261128_163208_locale_parent_indexes.down,
    name: '20261128_163208_locale_parent_indexes',
  },
  {
    up: migration_20261128_164819_media_public.up,
    down: migration_20261128_164819_media_public.down,
    name: '20261128_164819_media_public',
  },
  {
    up: migration_20261128_215148_listings.up,
    down: migration_20261128_215148_listings.down,
    name: '20261128_215148_listings',
  },
  {
    up: migration_20261129_014635_listings_page.up,
    down: migration_20261129_014635_listings_page.down,
    name: '20261129_014635_listings_page',
  },
  {
    up: migration_20261129_044053_listing_tags.up,
    down: migration_20261129_044053_listing_tags.down,
    name: '20261129_044053_listing_tags',
  },
  {
    up: migration_20261129_092840_search_stems_index.up,
    down: migration_20261129_092840_search_stems_index.down,
    name: '20261129_092840_search_stems_index',
  },
  {
    up: migration_20261204_164339_no_workflow_locks.up,
    down: migration_20261204_164339_no_workflow_locks.down,
    name: '20261204_164339_no_workflow_locks',
  },
  {
    up: migration_20261204_165437_archive_import.up,
    down: migration_20261204_165437_archive_import.down,
    name: '20261204_165437_archive_import',
  },
  {
    up: migration_20261204_170748_sign_in_lock_per_address.up,
    down: migration_20261204_170748_sign_in_lock_per_address.down,
    name: '20261204_170748_sign_in_lock_per_address',
  },
  {
    up: migration_20261204_171244_listings_api_doc.up,
    down: migration_20261204_171244_listings_api_doc.down,
    name: '20261204_171244_listings_api_doc',
  },
  {
    up: migration_20261204_172512_users_email_settings.up,
    down: migration_20261204_172512_users_email_settings.down,
    name: '20261204_172512_users_email_settings',
  },
  {
    up: migration_20261204_173018_notify_translation_task.up,
    down: migration_20261204_173018_notify_translation_task.down,
    name: '20261204_173018_notify_translation_task',
  },
];
