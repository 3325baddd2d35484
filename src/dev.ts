/**
 * `npm run dev`: the same server with Next in development mode (no admin
 * build needed). Configuration is read when the server module loads, so it
 * is imported here, where a configuration error ends in one line, as it does
 * for `npm start`.
 */
import { exitWithOneLine } from './configError'

await import('./server').then(({ startServer }) => startServer()).catch(exitWithOneLine)
