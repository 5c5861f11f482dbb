package dev.tasksdk.core.spi;

import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** A tiny Retrofit interface standing in for a generated vendor API. */
interface TestApi {
  @GET("things/{id}")
  Call<Thing> getThing(@Path("id") String id, @Query("expand") String expand);

  @POST("things/{id}/act")
  Call<Thing> act(@Path("id") String id);

  @POST("things")
  Call<Thing> createThing(@Body Thing thing);

  @GET("things")
  Call<ThingPage> listThings(@Query("cursor") String cursor);

  @GET("things/{id}/note")
  Call<String> note(@Path("id") String id);

  @POST("things/{id}/archive")
  Call<Void> archive(@Path("id") String id);

  /** A thing. */
  final class Thing {
    String id;
    String name;

    Thing(String id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** A page of things. */
  final class ThingPage {
    List<Thing> items;
    String next;
  }

  /** The test vendor's error body. */
  final class TestError {
    String code;
    String message;
  }
}
