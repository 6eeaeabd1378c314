package org.mutualis.inventory.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.AgentAnswer;
import org.mutualis.inventory.AgentInventories;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the inventory agents post (GLPI Agent, FusionInventory, OCS Inventory): the enrolment token
 * in the address is their credential. The body is read up to the limit (a longer one is refused
 * before it is read whole); the rest is {@link AgentInventories}'.
 *
 * <p>The route is declared here as every other; {@link AgentRoute} hands the agents' requests to
 * {@link #handleRequest} first, which answers the same without Spring MVC's lookup among all the
 * application's routes and its argument and return-value machinery (a quarter of the endpoint's
 * time at 200 inventories a second). Both go through the same filters and security rules.
 */
@RestController
@Hidden
class AgentEndpointController implements HttpRequestHandler {

    private final AgentInventories inventories;
    private final int maxBodyBytes;

    AgentEndpointController(
            AgentInventories inventories, @Value("${mutualis.inventory.max-body-bytes:16777216}") int maxBodyBytes) {
        this.inventories = inventories;
        this.maxBodyBytes = maxBodyBytes;
    }

    @PostMapping("/api/inventory/agent/{enrolmentToken}")
    ResponseEntity<byte[]> receive(@PathVariable String enrolmentToken, HttpServletRequest request) throws IOException {
        AgentAnswer answer = answer(enrolmentToken, request);
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.parseMediaType(answer.contentType()))
                .body(answer.body());
    }

    /** The same answer, for a request {@link AgentRoute} matched (the token in its attribute). */
    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AgentAnswer answer = answer((String) request.getAttribute(AgentRoute.TOKEN), request);
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private AgentAnswer answer(String enrolmentToken, HttpServletRequest request) throws IOException {
        long length = request.getContentLengthLong();
        if (length > maxBodyBytes) {
            return tooLarge();
        }
        byte[] body = read(request.getInputStream(), maxBodyBytes, length);
        if (body == null) {
            return tooLarge();
        }
        return inventories.receive(
                enrolmentToken,
                body,
                header(request, "Content-Type"),
                header(request, "GLPI-Agent-ID"),
                header(request, "User-Agent"));
    }

    /** A header as {@code @RequestHeader String} gave it: several values joined by commas. */
    private static @Nullable String header(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return null;
        }
        String first = values.nextElement();
        if (!values.hasMoreElements()) {
            return first;
        }
        StringJoiner all = new StringJoiner(",").add(first);
        while (values.hasMoreElements()) {
            all.add(values.nextElement());
        }
        return all.toString();
    }

    private AgentAnswer tooLarge() {
        return new AgentAnswer(
                413,
                MediaType.TEXT_PLAIN_VALUE,
                ("Inventaire refusé : plus de " + maxBodyBytes + " octets.").getBytes(StandardCharsets.UTF_8));
    }

    /** The body, or null past {@code max} bytes; the declared {@code length} sizes the buffer (up to 1 MB: it may lie). */
    private static byte @Nullable [] read(InputStream in, int max, long length) throws IOException {
        var out = new ByteArrayOutputStream(length > 0 ? (int) Math.min(length, 1 << 20) : Math.min(max, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        int total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
