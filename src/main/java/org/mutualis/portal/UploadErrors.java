package org.mutualis.portal;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit is refused while the request is read, before any controller is
 * chosen, so this advice is not scoped to pages or API: it answers with the one error page and a
 * French (or English) explanation, not a bare 413.
 */
@ControllerAdvice
class UploadErrors {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
        return new ModelAndView(
                "error", Map.of("status", status.value(), "messageKey", "error.upload.too-large"), status);
    }
}
