/**
 * The build-time generator of the vendor clients: reads {@code specs/<vendor>.yaml} (with its
 * {@code x-tasksdk-*} extensions) and writes {@code <Vendor>Client}, the {@code
 * <OperationId>Params} classes and the internal Retrofit interface into {@code
 * target/generated-sources}. Never published.
 */
package dev.tasksdk.codegen;
