using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace SdkGen.Showcase.Tests.Infrastructure;

/// <summary>A part of a multipart/form-data body as ASP.NET Core's reader parsed it off the wire.</summary>
internal sealed record ReceivedPart(string? Name, string? FileName, string? ContentType, string RawDisposition, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>Parses a received body with ASP.NET Core's <see cref="MultipartReader"/>, the way a real server reads it.</summary>
internal static class ReceivedParts
{
    public static async Task<IReadOnlyList<ReceivedPart>> ParseAsync(ReceivedRequest request)
    {
        var contentType = MediaTypeHeaderValue.Parse(request.Header("Content-Type"));
        Assert.Equal("multipart/form-data", contentType.MediaType.Value);
        string boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(request.Body)) { BodyLengthLimit = null };
        var parts = new List<ReceivedPart>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            using var body = new MemoryStream();
            await section.Body.CopyToAsync(body);
            Assert.True(ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out ContentDispositionHeaderValue? disposition));
            Assert.Equal("form-data", disposition!.DispositionType.Value);
            parts.Add(new ReceivedPart(
                HeaderUtilities.RemoveQuotes(disposition.Name).Value,
                disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null,
                section.ContentType,
                section.ContentDisposition!,
                section.Headers!.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body.ToArray()));
        }

        return parts;
    }
}
