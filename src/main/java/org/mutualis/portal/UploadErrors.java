package org.mutualis.portal;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** A file over the upload limit gets a French explanation, not a bare 413. */
@ControllerAdvice
class UploadErrors {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(Model model) {
        model.addAttribute("message", "Le fichier dépasse la taille maximale acceptée (20 Mo) : rien n'a été importé.");
        return "census/error";
    }
}
