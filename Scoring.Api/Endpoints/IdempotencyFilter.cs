using System.Collections.Concurrent;
using System.Security.Cryptography;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;

namespace Scoring.Api.Endpoints;

/// <summary>Writes over the API accept an <c>Idempotency-Key</c> header: the first answer is kept per (who, key), and a retry with the same key
/// and the same request gets that answer back, byte for byte, without a second write. The same key with another request is refused (422).</summary>
public sealed class IdempotencyFilter(Operations ops) : IEndpointFilter
{
    /// <summary>The header's name.</summary>
    public const string Header = "Idempotency-Key";

    // Requests with the same key wait for each other, so a double click cannot run the write twice (in this process here; across the
    // servers of a PostgreSQL store by the store's lock on the key).
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.Headers[Header].FirstOrDefault() is not { } key)
        {
            return await next(context).ConfigureAwait(false);
        }
        if (key.Length is 0 or > 200 || key.Any(char.IsControl))
        {
            return ApiProblems.BadRequest($"Tiêu đề {Header} không hợp lệ: cần từ 1 đến 200 ký tự in được.");
        }
        var ct = http.RequestAborted;
        var actor = http.User.Actor();
        var hash = await HashAsync(http.Request, ct).ConfigureAwait(false);
        var gate = Gates.GetOrAdd(actor + "\n" + key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            // And across servers sharing a PostgreSQL store.
            await using var held = await ops.KeptAnswers.HoldAsync(actor, key, ct).ConfigureAwait(false);
            if (await ops.KeptAnswers.FindAsync(actor, key, ct).ConfigureAwait(false) is { } stored)
            {
                return stored.RequestHash == hash
                    ? new Replayed(stored)
                    : ApiProblems.Rejected("Khóa Idempotency-Key đã được dùng", $"Khóa {Header} \"{key}\" đã được dùng cho một yêu cầu khác: mỗi yêu cầu mới cần một khóa mới.", []);
            }
            var result = await next(context).ConfigureAwait(false);
            if (result is not IResult executable)
            {
                return result;
            }
            var original = http.Response.Body;
            await using var buffer = new MemoryStream();
            http.Response.Body = buffer;
            try
            {
                await executable.ExecuteAsync(http).ConfigureAwait(false);
            }
            finally
            {
                http.Response.Body = original;
            }
            var answer = new StoredAnswer(hash, http.Response.StatusCode, http.Response.ContentType, http.Response.Headers.Location.FirstOrDefault(), buffer.ToArray());
            if (answer.Status < 500)
            {
                await ops.KeptAnswers.KeepAsync(actor, key, answer, CancellationToken.None).ConfigureAwait(false);
            }
            await original.WriteAsync(answer.Body, ct).ConfigureAwait(false);
            return Results.Empty;
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<string> HashAsync(HttpRequest request, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        if (request.HasFormContentType)
        {
            // A retried multipart request carries a new boundary: the fields and files are what it asks, not the bytes around them.
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                // The handler answers the unreadable form itself; such an answer is kept like any other.
                return Convert.ToHexStringLower(sha.GetHashAndReset());
            }
            foreach (var (name, value) in form.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{name}={value}\n"));
            }
            foreach (var file in form.Files.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{file.Name}:{file.FileName}:{file.Length}\n"));
                await using var stream = file.OpenReadStream();
                sha.AppendData(await ReadAllAsync(stream, ct).ConfigureAwait(false));
            }
            return Convert.ToHexStringLower(sha.GetHashAndReset());
        }
        request.EnableBuffering();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken ct)
    {
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, ct).ConfigureAwait(false);
        return memory.ToArray();
    }

    /// <summary>The stored first answer, sent again as it was.</summary>
    private sealed class Replayed(StoredAnswer answer) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = answer.Status;
            response.ContentType = answer.ContentType;
            if (answer.Location is { } location)
            {
                response.Headers.Location = location;
            }
            response.Headers["Idempotent-Replayed"] = "true";
            await response.Body.WriteAsync(answer.Body, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
