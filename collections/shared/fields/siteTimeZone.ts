import type { DateField, Field } from 'payload'

import { env } from '../../../src/env'

/** "London (Europe/London)": the zone's city as people say it, and the zone itself. */
export const timeZoneLabel = (zone: string): string => {
  const city = zone.split('/').pop()?.replace(/_/g, ' ') ?? zone
  return city === zone ? zone : `${city} (${zone})`
}

/**
 * A date field's `timezone` setting that makes the admin show and take its
 * time in the site's zone (SITE_TIMEZONE, the zone the public site prints),
 * labelled with that zone, whatever zone the editor's browser is in: an
 * editor on UTC typed 16:30 and readers in Moscow saw 19:30.
 *
 * Payload keeps the chosen zone in a companion `<name>_tz` field. There is
 * one zone, the site's, so the companion is virtual (no column, and no
 * database enum that would depend on the environment) and always reads as it.
 */
export const inSiteTimeZone = (zone: string = env.siteTimeZone): NonNullable<DateField['timezone']> => ({
  defaultTimezone: zone,
  supportedTimezones: [{ label: timeZoneLabel(zone), value: zone }],
  // A text field, not Payload's select of the supported zones: its type (and the generated types) would
  // name this environment's zone.
  override: ({ baseField }): Field => ({
    name: baseField.name,
    type: 'text',
    label: baseField.label,
    // Payload's own check of a required date asks for its zone beside it (validation:timezoneRequired).
    defaultValue: zone,
    virtual: true,
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    hooks: { afterRead: [() => zone], beforeChange: [() => undefined] },
  }),
})
