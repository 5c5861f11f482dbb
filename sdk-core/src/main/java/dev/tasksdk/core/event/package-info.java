/**
 * The listener SPI: immutable events at call, attempt and listing level that every vendor client
 * (and the facade) reports to the {@link dev.tasksdk.core.event.TaskSdkListener}s attached with
 * {@code ClientOptions.Builder.addListener(...)} or a client builder's {@code addListener(...)}.
 * Events carry the vendor, operation, HTTP method and path <em>template</em> (never the raw URL),
 * never a credential, an id or a body. sdk-micrometer and sdk-opentelemetry subscribe here; this
 * package has no dependency beyond the JDK and sdk-core.
 */
package dev.tasksdk.core.event;
