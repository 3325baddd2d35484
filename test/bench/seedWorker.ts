/**
 * One seeding process of `npm run bench`: statements [from, to) through the
 * Local API on the given database, each finished batch told to the parent.
 */
import { getPayload } from 'payload'

import { createConfig } from '../../payload.config'
import { seedRange } from './seedStatements'

const [databaseUri = '', from = '0', to = '0'] = process.argv.slice(2)
const payload = await getPayload({ config: await createConfig({ databaseUri, production: true }), key: `seed-${from}` })
await seedRange(payload, Number(from), Number(to), (done) => process.send?.({ done }))
await payload.destroy()
process.exit(0)
