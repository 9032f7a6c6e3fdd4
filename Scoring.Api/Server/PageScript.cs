namespace Scoring.Api.Server;

/// <summary>The pages' only script, served from the server itself (the security policy allows no inline script): a button with
/// <c>data-confirm</c> asks before it submits (lock, reopen, publish), one with <c>data-print</c> prints the page. Pages work without it;
/// only the question is lost.</summary>
public static class PageScript
{
    /// <summary>Where it is served.</summary>
    public const string Path = "/trang.js";

    private const string Script = """
        "use strict";
        document.addEventListener("click", function (event) {
          var target = event.target instanceof Element ? event.target : null;
          var ask = target && target.closest("[data-confirm]");
          if (ask && !window.confirm(ask.getAttribute("data-confirm"))) {
            event.preventDefault();
            return;
          }
          if (target && target.closest("[data-print]")) {
            event.preventDefault();
            window.print();
          }
        });
        """;

    /// <summary>Maps the script.</summary>
    public static void MapPageScript(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, () => Results.Text(Script, "text/javascript; charset=utf-8")).ExcludeFromDescription();
}
