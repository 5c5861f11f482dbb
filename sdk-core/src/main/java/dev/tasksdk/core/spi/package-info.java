/**
 * The runtime the vendor modules build their clients on: {@link dev.tasksdk.core.spi.ClientRuntime}
 * wires OkHttp and Retrofit with retries, credentials, redacted logging and typed errors for one
 * {@link dev.tasksdk.core.spi.VendorProfile}. It is a service-provider interface for tasksdk's own
 * vendor modules (hence public), not API for applications: it may change in any release.
 */
package dev.tasksdk.core.spi;
