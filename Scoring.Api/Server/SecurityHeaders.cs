namespace Scoring.Api.Server;

/// <summary>The usual security headers on every response, whatever produced it (a page, the API, the server's own error answers, an
/// exception turned into a problem): they are written when the response starts, after anything that cleared it. Pages load nothing from
/// outside the server. Nothing but the stylesheet may be cached: pages and downloads carry people's data (Back after sign-out must not
/// show the previous user's page).</summary>
public static class SecurityHeaders
{
    /// <summary>Adds the headers; register it first, so that it wraps every other middleware.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            // An evidence file sets its own, stricter policy (EvidenceResponse); everything else gets the pages' policy and no framing.
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";
            }
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (!context.Request.Path.Value!.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        await next(context).ConfigureAwait(false);
    });
}
