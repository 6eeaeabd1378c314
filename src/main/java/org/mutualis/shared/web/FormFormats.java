package org.mutualis.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.mutualis.shared.text.FrenchDates;
import org.mutualis.shared.text.FrenchDecimals;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;

/**
 * The French decimal and the date, registered once: every {@code BigDecimal}, {@code Integer} and
 * {@code LocalDate} a page binds (form records, request parameters) reads {@code 12,5}, {@code 1 234,50 €},
 * {@code 01/02/2026} and {@code 2026-02-01}; the JSON mapper reads the same strings (and JSON
 * numbers), so a page and an API client are accepted and refused alike.
 */
@Configuration(proxyBeanMethods = false)
public class FormFormats implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, new DecimalField());
        registry.addFormatterForFieldType(LocalDate.class, new DateField());
        registry.addFormatterForFieldType(Integer.class, new WholeField());
    }

    /** Spring Boot adds every {@link JacksonModule} bean to its JSON mapper. */
    @Bean
    JacksonModule formValuesJsonModule() {
        return JsonFormValues.module();
    }

    /** Written back as typed in French ({@code 1 234,5}); the page shows money with {@code NumberDisplay}. */
    static final class DecimalField implements Formatter<BigDecimal> {

        @Override
        public BigDecimal parse(String text, Locale locale) {
            return FrenchDecimals.parse(text);
        }

        @Override
        public String print(BigDecimal value, Locale locale) {
            return FrenchDecimals.format(value);
        }
    }

    /** A count (a population, a number of months): {@code 12 500} reads, {@code 12,5} does not. */
    static final class WholeField implements Formatter<Integer> {

        @Override
        public Integer parse(String text, Locale locale) {
            return FrenchDecimals.parseWhole(text);
        }

        @Override
        public String print(Integer value, Locale locale) {
            return FrenchDecimals.format(java.math.BigDecimal.valueOf(value));
        }
    }

    /** Written back as ISO: a date field ({@code <input type="date">}) takes nothing else. */
    static final class DateField implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) {
            try {
                return FrenchDates.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return FrenchDates.iso(date);
        }
    }
}
