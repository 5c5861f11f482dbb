/**
 * Spring Boot auto-configuration for tasksdk: {@link dev.tasksdk.spring.boot.TaskSdkProperties}
 * ({@code tasksdk.*}), a vendor client bean per configured vendor, a {@link
 * dev.tasksdk.facade.TaskHub} over them, and a builder customizer interface per vendor.
 */
package dev.tasksdk.spring.boot;
