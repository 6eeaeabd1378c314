package org.mutualis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MutualisApplication {
    public static void main(String[] args) {
        SpringApplication.run(MutualisApplication.class, args);
    }
}
