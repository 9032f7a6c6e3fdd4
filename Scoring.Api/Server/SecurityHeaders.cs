namespace Scoring.Api.Server;

/// <summary>The usual security headers on every response; pages load nothing from outside the server.</summary>
public static class SecurityHeaders
{
    /// <summary>Adds the headers.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        await next(context).ConfigureAwait(false);
    });
}
