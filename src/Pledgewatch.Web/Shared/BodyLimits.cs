namespace Pledgewatch.Web.Shared;

/// <summary>
/// A body over its limit, or a form whose values are, is the client's error (413), not the server's.
/// The answer is written here: the error page, re-executed with the same request, would read the
/// oversized form again.
/// </summary>
internal static class BodyLimits
{
    public static IApplicationBuilder UseBodyLimitAnswers(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        int? status = null;
        try
        {
            await next();
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            status = e.StatusCode;
        }
        catch (InvalidDataException) when (!context.Response.HasStarted && context.Request.HasFormContentType)
        {
            status = StatusCodes.Status413PayloadTooLarge;
        }

        if (status is { } code)
        {
            context.Response.Clear();
            var tooLarge = code == StatusCodes.Status413PayloadTooLarge;
            await Results.Problem(
                detail: tooLarge ? "the request is larger than this address accepts" : "the request is malformed",
                statusCode: code,
                title: tooLarge ? "Too large" : "Bad request").ExecuteAsync(context);
        }
    });
}
