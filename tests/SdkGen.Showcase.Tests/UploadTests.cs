using System.Text;
using SdkGen.Runtime;
using SdkGen.Showcase.Tests.Infrastructure;
using Showcase.PetClinic;

namespace SdkGen.Showcase.Tests;

/// <summary>
/// <c>POST /pets/{petId}/photo</c>, a multipart/form-data upload: what arrives is read back with ASP.NET Core's
/// multipart reader, as a real server reads it: the part names, file name, media types and bytes exactly as given.
/// </summary>
public sealed class UploadTests : ClinicTest
{
    // Not UTF-8 (0xFF, 0x00, 0x80) and holding CR LF and "--": nothing may decode it as text or take it for a boundary.
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x2D, 0x2D, 0x0D, 0x0A, 0x2D, 0x2D, 0x80, 0xFF, 0xD9];

    [Fact]
    public async Task The_photo_and_caption_arrive_as_parts_with_their_names_file_name_and_media_type()
    {
        Clinic.Answer(ClinicAnswer.NoContent());
        using var photo = new MemoryStream(Jpeg);

        await Clinic.Client().UploadPhotoAsync(7, new FilePart(photo, "rex.jpg", "image/jpeg"), "Rex, née « Roi » ✓");

        ReceivedRequest request = Clinic.Single;
        Assert.Equal(("POST", "/v2/pets/7/photo"), (request.Method, request.Target));
        IReadOnlyList<ReceivedPart> parts = await ReceivedParts.ParseAsync(request);
        Assert.Equal(2, parts.Count);
        Assert.Equal(("file", "rex.jpg", "image/jpeg"), (parts[0].Name, parts[0].FileName, parts[0].ContentType));
        Assert.Equal(Jpeg, parts[0].Body);
        Assert.Equal(("caption", null, "text/plain; charset=utf-8"), (parts[1].Name, parts[1].FileName, parts[1].ContentType));
        Assert.Equal("Rex, née « Roi » ✓", Encoding.UTF8.GetString(parts[1].Body));

        // RFC 7578 §4.2: no filename* parameter.
        Assert.DoesNotContain("filename*", parts[0].RawDisposition, StringComparison.Ordinal);
        Assert.True(photo.CanRead, "the caller's stream is not disposed");
    }

    [Fact]
    public async Task An_optional_part_left_out_is_not_sent_and_a_file_without_a_name_or_type_gets_defaults()
    {
        Clinic.Answer(ClinicAnswer.NoContent());

        await Clinic.Client().UploadPhotoAsync(7, new FilePart(Jpeg));

        ReceivedPart part = Assert.Single(await ReceivedParts.ParseAsync(Clinic.Single));
        Assert.Equal(("file", "file", "application/octet-stream"), (part.Name, part.FileName, part.ContentType));
        Assert.Equal(Jpeg, part.Body);
    }

    [Fact]
    public async Task An_empty_file_is_sent_as_an_empty_part()
    {
        Clinic.Answer(ClinicAnswer.NoContent());

        await Clinic.Client().UploadPhotoAsync(7, new FilePart(Stream.Null, "empty.jpg"), "");

        IReadOnlyList<ReceivedPart> parts = await ReceivedParts.ParseAsync(Clinic.Single);
        Assert.Equal([("file", 0), ("caption", 0)], parts.Select(p => (p.Name, p.Body.Length)));
    }

    [Theory]
    [InlineData("a\"; name=\"caption\"\r\nX-Injected: yes\r\n\r\n--boundary\\..\\é.jpg", "a%22; name=%22caption%22%0D%0AX-Injected: yes%0D%0A%0D%0A--boundary\\..\\é.jpg")]
    [InlineData("ends in a backslash\\", "ends in a backslash\\")]
    [InlineData("back\\\"slash", "back\\%22slash")]
    [InlineData("日本語 😀.jpg", "日本語 😀.jpg")]
    public async Task Hostile_file_names_cannot_break_out_of_their_header(string hostile, string received)
    {
        Clinic.Answer(ClinicAnswer.NoContent());

        await Clinic.Client().UploadPhotoAsync(7, new FilePart(Jpeg, hostile));

        ReceivedPart part = Assert.Single(await ReceivedParts.ParseAsync(Clinic.Single));
        // Encoded as browsers do (WHATWG): '"' as %22, CR as %0D, LF as %0A; the rest as it is, UTF-8.
        Assert.Equal(received, part.FileName);
        Assert.Equal("file", part.Name);
        Assert.False(part.Headers.ContainsKey("X-Injected"));
        Assert.Equal(Jpeg, part.Body);
    }

    [Fact]
    public async Task A_missing_file_or_a_too_long_caption_sends_nothing()
    {
        var client = Clinic.Client();

        var missing = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.UploadPhotoAsync(7, null!));
        var tooLong = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.UploadPhotoAsync(7, new FilePart(Jpeg), new string('x', 201)));

        Assert.Equal(("file", "caption"), (missing.ParamName, tooLong.ParamName));
        Assert.Empty(Clinic.Requests);
    }

    [Fact]
    public async Task A_large_file_is_streamed_not_buffered_whole()
    {
        Clinic.Answer(ClinicAnswer.NoContent());
        const int size = 24 * 1024 * 1024; // under Kestrel's 30 MB request limit

        // The source cannot finish until the service has received 4 MB of the body: a client that read the whole file
        // before sending would never get there.
        var source = new GatedStream(size, gateAt: 8 * 1024 * 1024, gate: Clinic.BodyBytesArrived(4 * 1024 * 1024));
        // The bound only turns a client that buffers (and so waits forever) into a failure instead of a hang.
        await Clinic.Client().UploadPhotoAsync(7, new FilePart(source, "big.bin")).WaitAsync(TimeSpan.FromMinutes(2));

        ReceivedPart part = Assert.Single(await ReceivedParts.ParseAsync(Clinic.Single));
        Assert.Equal(size, part.Body.Length);
        Assert.True(part.Body.Select((b, i) => b == (byte)(i % 251)).All(x => x), "every byte arrives in order");
    }

    [Fact]
    public async Task A_record_goes_out_as_repeated_file_parts_a_JSON_part_an_enum_repeated_text_and_a_number()
    {
        Clinic.Answer(ClinicAnswer.NoContent());
        var record = new RecordInfo { Title = "Chest X-ray", TakenAt = new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero) };

        await Clinic.Client().UploadRecordsAsync(
            7,
            [new FilePart(Jpeg, "front.jpg", "image/jpeg"), new FilePart([0x89, 0x50, 0x4E, 0x47], "side.png")],
            record,
            UploadRecordsKind.Xray,
            ["chest", "follow-up"],
            12.5);

        IReadOnlyList<ReceivedPart> parts = await ReceivedParts.ParseAsync(Clinic.Single);
        Assert.Equal(
            [
                ("scans", "front.jpg", "image/jpeg"),
                ("scans", "side.png", "image/png"),
                ("record", null, "application/json"),
                ("kind", null, "text/plain; charset=utf-8"),
                ("tags", null, "text/plain; charset=utf-8"),
                ("tags", null, "text/plain; charset=utf-8"),
                ("weightKg", null, "text/plain; charset=utf-8"),
            ],
            parts.Select(p => (p.Name!, p.FileName, p.ContentType!)));
        Assert.Equal(Jpeg, parts[0].Body);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], parts[1].Body);
        Assert.Equal("{\"title\":\"Chest X-ray\",\"takenAt\":\"2026-11-30T09:15:00+00:00\"}", Encoding.UTF8.GetString(parts[2].Body));
        Assert.Equal(["xray", "chest", "follow-up", "12.5"], parts.Skip(3).Select(p => Encoding.UTF8.GetString(p.Body)));
    }

    [Fact]
    public async Task An_invalid_record_or_a_missing_list_of_scans_sends_nothing()
    {
        var client = Clinic.Client();

        var untitled = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.UploadRecordsAsync(7, [new FilePart(Jpeg)], new RecordInfo { Title = "" }));
        var noScans = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.UploadRecordsAsync(7, null!, new RecordInfo { Title = "t" }));
        var negative = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.UploadRecordsAsync(7, [new FilePart(Jpeg)], new RecordInfo { Title = "t" }, weightKg: -1));

        Assert.Equal(("record", "scans", "weightKg"), (untitled.ParamName, noScans.ParamName, negative.ParamName));
        Assert.Empty(Clinic.Requests);
    }

    [Fact]
    public async Task Concurrent_uploads_each_arrive_whole_in_their_own_body()
    {
        Clinic.Answer(ClinicAnswer.NoContent());
        var client = Clinic.Client();

        await Task.WhenAll(Enumerable.Range(1, 200).Select(id =>
            client.UploadPhotoAsync(id, new FilePart(Encoding.ASCII.GetBytes("photo " + id), id + ".jpg"), "caption " + id)));

        Assert.Equal(200, Clinic.Requests.Count);
        foreach (ReceivedRequest request in Clinic.Requests)
        {
            string id = request.Target.Split('/')[3];
            IReadOnlyList<ReceivedPart> parts = await ReceivedParts.ParseAsync(request);
            Assert.Equal(("photo " + id, id + ".jpg", "caption " + id), (Encoding.ASCII.GetString(parts[0].Body), parts[0].FileName, Encoding.ASCII.GetString(parts[1].Body)));
        }

        Assert.Equal(200, Clinic.Requests.Select(r => r.Header("Content-Type")).Distinct().Count());
    }

    [Fact]
    public async Task Canceled_mid_upload_the_call_ends_and_the_callers_stream_stays_open()
    {
        Clinic.Answer(ClinicAnswer.NoContent());
        using var cancel = new CancellationTokenSource();
        Task arrived = Clinic.BodyBytesArrived(1024 * 1024);

        // Past 2 MB the source waits for a gate that never opens: only cancellation can end the call.
        var source = new GatedStream(16 * 1024 * 1024, gateAt: 2 * 1024 * 1024, gate: new TaskCompletionSource().Task);
        Task upload = Clinic.Client().UploadPhotoAsync(7, new FilePart(source, "big.bin"), cancellationToken: cancel.Token);
        await arrived.WaitAsync(TimeSpan.FromMinutes(2));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.True(source.CanRead, "the caller's stream is not disposed");
    }

    /// <summary>A non-seekable stream of i % 251 that, past <c>gateAt</c> bytes, waits for <c>gate</c> before going on.</summary>
    private sealed class GatedStream(long length, long gateAt, Task gate) : Stream
    {
        private long _position;
        private bool _disposed;

        public override bool CanRead => !_disposed;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            await ReadAsync(buffer.AsMemory(offset, count), cancellationToken);

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position >= gateAt)
            {
                await gate.WaitAsync(cancellationToken);
            }

            int count = (int)Math.Min(buffer.Length, length - _position);
            Span<byte> span = buffer.Span;
            for (int i = 0; i < count; i++)
            {
                span[i] = (byte)((_position + i) % 251);
            }

            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        protected override void Dispose(bool disposing)
        {
            _disposed = true;
            base.Dispose(disposing);
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
