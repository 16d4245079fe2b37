using System.Text.Json;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Features.Api;

/// <summary>JSON written by the shared writers (the same JSON the command line prints).</summary>
internal sealed class JsonWriterResult(Action<Utf8JsonWriter> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(httpContext.Response.Body, TrackingJson.WriterOptions);
        write(writer);
        await writer.FlushAsync();
    }
}
