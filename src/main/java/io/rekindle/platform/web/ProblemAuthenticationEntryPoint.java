package io.rekindle.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** Answers an unauthenticated API call with a 401 problem detail that says how to authenticate. */
@Component
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String detail = (e.getMessage() == null ? "Authentication required" : e.getMessage())
                + ". Send 'Authorization: Bearer <token>' with an API token from your settings page.";
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                        + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"instance\":\""
                        + request.getRequestURI().replace("\"", "") + "\"}");
    }
}
