import { withPayload } from '@payloadcms/next/withPayload'

/** Next serves only Payload's admin and API; the public site is rendered by Express. */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
