package io.rekindle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(sharedModules = "platform")
@SpringBootApplication
public class RekindleApplication {

    public static void main(String[] args) {
        SpringApplication.run(RekindleApplication.class, args);
    }
}
