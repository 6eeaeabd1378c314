package org.mutualis.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.IdentityException;
import org.mutualis.identity.SecondFactors;
import org.mutualis.identity.SignInAttempts;
import org.mutualis.identity.security.SecondFactorSignIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The TOTP second factor: the sign-in step after the password ({@code /login/totp}), the enrolment
 * an administrator must go through at sign-in when it is required ({@code /login/totp/enrol}), and
 * one's own settings ({@code /account/totp}). Wrong codes count as failed sign-ins (throttled with
 * the password's). The secret and the recovery codes are shown in the response that creates them,
 * never after a redirect, and never again.
 */
@Controller
class SecondFactorController {

    // No password checked in this session lately: a page saying so (not a redirect, which would read
    // as a refusal), with the way back to the sign-in page.
    private static final String EXPIRED = "identity/totp-expired";
    private static final String ENROLMENT = SecondFactorController.class.getName() + ".ENROLMENT";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SecondFactors factors;
    private final SecondFactorSignIn signIn;
    private final SignInAttempts attempts;
    private final Accounts accounts;
    private final IdentityMessages messages;

    SecondFactorController(
            SecondFactors factors,
            SecondFactorSignIn signIn,
            SignInAttempts attempts,
            Accounts accounts,
            IdentityMessages messages) {
        this.factors = factors;
        this.signIn = signIn;
        this.attempts = attempts;
        this.accounts = accounts;
        this.messages = messages;
    }

    // --- At sign-in -------------------------------------------------------------------------

    @GetMapping("/login/totp")
    String codePage(HttpServletRequest request) {
        var pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return EXPIRED;
        }
        return pending.get().enrol() ? "redirect:/login/totp/enrol" : "identity/totp-login";
    }

    @PostMapping("/login/totp")
    String checkCode(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var pending = signIn.pending(request);
        if (pending.isEmpty() || pending.get().enrol()) {
            return EXPIRED;
        }
        String username = pending.get().username();
        if (locked(username, request, model)) {
            return "identity/totp-login";
        }
        SecondFactors.Check check = factors.check(pending.get().userId(), code);
        if (check == SecondFactors.Check.REFUSED) {
            accounts.audit(username, "LOGIN_TOTP_FAILED", null);
            if (!lockedNow(attempts.failed(username, request.getRemoteAddr()), model)) {
                model.addAttribute("error", messages.text("identity.totp.wrong", locale));
            }
            return "identity/totp-login";
        }
        attempts.succeeded(username);
        accounts.audit(username, check == SecondFactors.Check.TOTP ? "LOGIN_TOTP" : "LOGIN_RECOVERY_CODE", null);
        if (check == SecondFactors.Check.RECOVERY_CODE) {
            redirect.addFlashAttribute(
                    "recoveryUsed", factors.recoveryCodesLeft(pending.get().userId()));
        }
        return "redirect:" + signIn.complete(request, response);
    }

    @GetMapping("/login/totp/enrol")
    String enrolAtSignIn(HttpServletRequest request, Model model) {
        var pending = signIn.pending(request);
        if (pending.isEmpty() || !pending.get().enrol()) {
            return EXPIRED;
        }
        showEnrolment(request.getSession(), pending.get().username(), model);
        model.addAttribute("action", "/login/totp/enrol");
        model.addAttribute("atSignIn", true);
        return "identity/totp-enrol";
    }

    @PostMapping("/login/totp/enrol")
    String confirmAtSignIn(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        var pending = signIn.pending(request);
        if (pending.isEmpty() || !pending.get().enrol()) {
            return EXPIRED;
        }
        String username = pending.get().username();
        model.addAttribute("action", "/login/totp/enrol");
        model.addAttribute("atSignIn", true);
        if (locked(username, request, model)) {
            showEnrolment(request.getSession(), username, model);
            return "identity/totp-enrol";
        }
        CurrentUser user = accounts.find(username).orElseThrow();
        List<String> codes;
        try {
            codes = factors.confirm(
                    user, enrolment(request.getSession(), username).secret(), code);
        } catch (IdentityException e) {
            if (!lockedNow(attempts.failed(username, request.getRemoteAddr()), model)) {
                model.addAttribute("error", messages.of(e, locale));
            }
            showEnrolment(request.getSession(), username, model);
            return "identity/totp-enrol";
        }
        request.getSession().removeAttribute(ENROLMENT);
        attempts.succeeded(username);
        accounts.audit(username, "LOGIN_TOTP", null);
        model.addAttribute("codes", codes);
        model.addAttribute("next", signIn.complete(request, response));
        return "identity/totp-codes";
    }

    // --- One's own settings -------------------------------------------------------------------

    @GetMapping("/account/totp")
    String settings(HttpServletRequest request, Model model, CurrentUser user) {
        if (factors.enabled(user.id())) {
            model.addAttribute("enabled", true);
            model.addAttribute("codesLeft", factors.recoveryCodesLeft(user.id()));
            model.addAttribute("required", factors.required(user));
            return "identity/totp";
        }
        showEnrolment(request.getSession(), user.username(), model);
        model.addAttribute("action", "/account/totp");
        model.addAttribute("required", factors.required(user));
        return "identity/totp-enrol";
    }

    @PostMapping("/account/totp")
    String enable(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            Locale locale,
            Model model,
            CurrentUser user) {
        try {
            List<String> codes = factors.confirm(
                    user, enrolment(request.getSession(), user.username()).secret(), code);
            request.getSession().removeAttribute(ENROLMENT);
            model.addAttribute("codes", codes);
            model.addAttribute("next", "/account/totp");
            return "identity/totp-codes";
        } catch (IdentityException e) {
            model.addAttribute("error", messages.of(e, locale));
            showEnrolment(request.getSession(), user.username(), model);
            model.addAttribute("action", "/account/totp");
            return "identity/totp-enrol";
        }
    }

    @PostMapping("/account/totp/recovery")
    String renewRecoveryCodes(
            @RequestParam(defaultValue = "") String code, Locale locale, Model model, CurrentUser user) {
        try {
            model.addAttribute("codes", factors.renewRecoveryCodes(user, code));
            model.addAttribute("next", "/account/totp");
            return "identity/totp-codes";
        } catch (IdentityException e) {
            return settingsWithError(model, user, messages.of(e, locale));
        }
    }

    @PostMapping("/account/totp/disable")
    String disable(
            @RequestParam(defaultValue = "") String code,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            CurrentUser user) {
        try {
            factors.disable(user, code);
        } catch (IdentityException e) {
            return settingsWithError(model, user, messages.of(e, locale));
        }
        redirect.addFlashAttribute("disabled", true);
        return "redirect:/account/totp";
    }

    private String settingsWithError(Model model, CurrentUser user, String error) {
        model.addAttribute("error", error);
        model.addAttribute("enabled", factors.enabled(user.id()));
        model.addAttribute("codesLeft", factors.recoveryCodesLeft(user.id()));
        model.addAttribute("required", factors.required(user));
        return "identity/totp";
    }

    // The secret being enrolled stays in the session until a code confirms it, then is dropped.
    private record EnrolmentOf(String username, SecondFactors.Enrolment enrolment) implements Serializable {}

    private SecondFactors.Enrolment enrolment(HttpSession session, String username) {
        if (session.getAttribute(ENROLMENT) instanceof EnrolmentOf held
                && held.username().equals(username)) {
            return held.enrolment();
        }
        var enrolment = factors.start(username);
        session.setAttribute(ENROLMENT, new EnrolmentOf(username, enrolment));
        return enrolment;
    }

    private void showEnrolment(HttpSession session, String username, Model model) {
        var enrolment = enrolment(session, username);
        model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("uri", enrolment.uri());
        model.addAttribute("qr", QrCodes.svgDataUri(enrolment.uri()));
    }

    private boolean locked(String username, HttpServletRequest request, Model model) {
        return lockedNow(attempts.lockedUntil(username, request.getRemoteAddr()), model);
    }

    private static boolean lockedNow(Optional<Instant> until, Model model) {
        until.ifPresent(instant -> model.addAttribute("lockedUntil", TIME.format(instant.atZone(PARIS))));
        return until.isPresent();
    }
}
