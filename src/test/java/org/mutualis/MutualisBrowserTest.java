package org.mutualis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A browser test ({@code *BrowserTests}): the application with the demo data on a random port,
 * driven by a real chromium through {@link Browser} (declare it as a
 * {@code @RegisterExtension static final Browser browser = new Browser();}). Every browser test
 * class carries exactly this configuration so that they share one application context. Runs on
 * H2 in the default suite (it is not a {@code db} test); skipped loudly, or failing in CI, when
 * chromium is absent ({@link BrowserAvailability}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserAvailability.class)
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "mutualis.demo.enabled=true",
            "mutualis.security.require-totp-for-admins=false",
            // Selenium looks for a DevTools binding matching chromium's version; the suite uses none.
            "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=ERROR",
            "logging.level.org.openqa.selenium.chromium.ChromiumDriver=ERROR"
        })
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@ContextConfiguration(initializers = TestDatabaseIsolation.class)
@Tag("browser")
public @interface MutualisBrowserTest {}
