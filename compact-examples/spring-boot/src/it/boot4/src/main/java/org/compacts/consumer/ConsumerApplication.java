package org.compacts.consumer;

import org.compacts.json.CompactJson;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application that reads compacts with the library's mapper. */
@SpringBootApplication
public class ConsumerApplication {
  /** The library's strict, preconfigured reader and writer, as a bean. */
  @Bean
  CompactJson compactJson() {
    return CompactJson.create();
  }

  public static void main(String[] args) {
    SpringApplication.run(ConsumerApplication.class, args);
  }
}
