using System.Net;
using System.Net.Sockets;
using System.Text;
using Consumer.Faithful.Rules;
using Consumer.Faithful.Rules31;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Every numeric and list rule of the API description is checked before sending (issue 13): the value at a bound
/// that allows it goes out, the first value past it is refused with an ArgumentException naming the parameter and the
/// rule, and nothing reaches the handler. The messages never echo the value.
/// </summary>
public sealed class ValueRuleBehaviourTests
{
    private readonly CapturingHandler _handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);

    private RulesClient Client => new(new HttpClient(_handler, disposeHandler: false), new RulesClientOptions());

    private Rules31Client Client31 => new(new HttpClient(_handler, disposeHandler: false), new Rules31ClientOptions());

    public static TheoryData<string, Func<RulesClient, Task>> Accepted => new()
    {
        { "page 1", c => c.ListItemsAsync(1) },
        { "limit 1", c => c.ListItemsAsync(1, limit: 1) },
        { "limit 100", c => c.ListItemsAsync(1, limit: 100) },
        { "offset 0", c => c.ListItemsAsync(1, offset: 0) },
        { "offset 9223372036854775800", c => c.ListItemsAsync(1, offset: 9223372036854775800) },
        { "ratio just above 0", c => c.ListItemsAsync(1, ratio: double.Epsilon) },
        { "ratio 1", c => c.ListItemsAsync(1, ratio: 1) },
        { "weight just below 2.5", c => c.ListItemsAsync(1, weight: 2.4999998f) },
        { "step 0.3 (not a binary multiple, but its text is)", c => c.ListItemsAsync(1, step: 0.3) },
        { "step -1.2", c => c.ListItemsAsync(1, step: -1.2) },
        { "price 0.07", c => c.ListItemsAsync(1, price: 0.07m) },
        { "one tag", c => c.ListItemsAsync(1, tags: ["a"]) },
        { "three tags", c => c.ListItemsAsync(1, tags: ["a", "b", "A"]) },
        { "order at its bounds", c => c.CreateOrderAsync(new Order(10) { Amount = 0.01m, Codes = [1, 2], Discount = 50 }) },
        { "order quantity 1", c => c.CreateOrderAsync(new Order(1)) },
    };

    public static TheoryData<string, Func<RulesClient, Task>, string, string> Refused => new()
    {
        { "page 0", c => c.ListItemsAsync(0), "page", "'page' must be at least 1." },
        { "limit 0", c => c.ListItemsAsync(1, limit: 0), "limit", "'limit' must be at least 1." },
        { "limit 101", c => c.ListItemsAsync(1, limit: 101), "limit", "'limit' must be at most 100." },
        { "limit 5000", c => c.ListItemsAsync(1, limit: 5000), "limit", "'limit' must be at most 100." },
        { "offset -1", c => c.ListItemsAsync(1, offset: -1), "offset", "'offset' must be at least 0." },
        { "offset 15", c => c.ListItemsAsync(1, offset: 15), "offset", "'offset' must be a multiple of 10." },
        { "ratio 0 (exclusive)", c => c.ListItemsAsync(1, ratio: 0), "ratio", "'ratio' must be greater than 0." },
        { "ratio just above 1", c => c.ListItemsAsync(1, ratio: 1.0000000000000002), "ratio", "'ratio' must be at most 1." },
        { "weight 2.5 (exclusive)", c => c.ListItemsAsync(1, weight: 2.5f), "weight", "'weight' must be less than 2.5." },
        { "step 0.25", c => c.ListItemsAsync(1, step: 0.25), "step", "'step' must be a multiple of 0.1." },
        { "step NaN", c => c.ListItemsAsync(1, step: double.NaN), "step", "'step' must be a multiple of 0.1." },
        { "step 1E-300 (beyond a decimal)", c => c.ListItemsAsync(1, step: 1e-300), "step", "'step' must be a multiple of 0.1." },
        { "price 0.001", c => c.ListItemsAsync(1, price: 0.001m), "price", "'price' must be a multiple of 0.01." },
        { "no tags", c => c.ListItemsAsync(1, tags: []), "tags", "'tags' must have at least 1 item." },
        { "four tags", c => c.ListItemsAsync(1, tags: ["a", "b", "c", "d"]), "tags", "'tags' must have at most 3 items." },
        { "a tag twice", c => c.ListItemsAsync(1, tags: ["a", "b", "a"]), "tags", "'tags' must not hold the same item twice." },
        { "quantity 0", c => c.CreateOrderAsync(new Order(0)), "body", "'body.Quantity' must be at least 1." },
        { "quantity 11", c => c.CreateOrderAsync(new Order(11)), "body", "'body.Quantity' must be at most 10." },
        { "amount 0 (exclusive)", c => c.CreateOrderAsync(new Order(1) { Amount = 0m }), "body", "'body.Amount' must be greater than 0." },
        { "amount 0.015", c => c.CreateOrderAsync(new Order(1) { Amount = 0.015m }), "body", "'body.Amount' must be a multiple of 0.01." },
        { "three codes", c => c.CreateOrderAsync(new Order(1) { Codes = [1, 2, 3] }), "body", "'body.Codes' must have at most 2 items." },
        { "a code twice", c => c.CreateOrderAsync(new Order(1) { Codes = [7, 7] }), "body", "'body.Codes' must not hold the same item twice." },
        { "discount 50.5", c => c.CreateOrderAsync(new Order(1) { Discount = 50.5 }), "body", "'body.Discount' must be at most 50." },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task A_value_at_a_bound_that_allows_it_is_sent(string _, Func<RulesClient, Task> call)
    {
        await call(Client);

        Assert.Single(_handler.Requests);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_value_past_a_bound_is_refused_before_anything_is_sent(string _, Func<RulesClient, Task> call, string parameter, string message)
    {
        ArgumentException ex = await Assert.ThrowsAsync<ArgumentException>(() => call(Client));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Equal(message + " (Parameter '" + parameter + "')", ex.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task The_query_sends_the_accepted_values_as_given()
    {
        await Client.ListItemsAsync(3, limit: 100, step: 0.3, price: 0.07m, tags: ["a", "b"]);

        Assert.Equal("https://rules.example.com/v1/pages/3/items?limit=100&step=0.3&price=0.07&tags=a&tags=b", _handler.Single.Uri);
    }

    [Fact]
    public async Task A_parameter_default_is_left_out_and_a_property_default_is_what_a_new_model_starts_with()
    {
        // limit (a parameter, default 20) is left to the service; discount (a property, default 0) is preset and sent.
        await Client.ListItemsAsync(2);
        await Client.CreateOrderAsync(new Order(1));
        await Client.CreateOrderAsync(new Order(1) { Discount = null });

        Assert.Equal("https://rules.example.com/v1/pages/2/items", _handler.Requests[0].Uri);
        Assert.Equal("{\"quantity\":1,\"discount\":0}", _handler.Requests[1].BodyText);
        Assert.Equal("{\"quantity\":1}", _handler.Requests[2].BodyText);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public async Task A_number_without_rules_is_still_refused_when_it_is_not_a_number_and_nothing_is_sent(double scale)
    {
        // JSON Schema numbers are finite: "NaN" in a query would be text the service reads as a number, or an error.
        await Assert.ThrowsAsync<ArgumentException>(() => Client.ListItemsAsync(1, scale: scale));

        Assert.Empty(_handler.Requests);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public async Task OpenApi_31_numeric_exclusive_bounds_refuse_the_bound_itself(long level, bool sent)
    {
        Task call = Client31.SetLevelAsync(level);

        if (sent)
        {
            await call;
            Assert.Single(_handler.Requests);
        }
        else
        {
            ArgumentException ex = await Assert.ThrowsAsync<ArgumentException>(() => call);
            Assert.Equal("level", ex.ParamName);
            Assert.Empty(_handler.Requests);
        }
    }

    [Theory]
    [InlineData(0.5, "'gain' must be greater than 0.5.")]
    [InlineData(3.0000000000000004, "'gain' must be at most 3.")]
    public async Task When_both_forms_are_given_the_stricter_bound_binds(double gain, string message)
    {
        ArgumentException ex = await Assert.ThrowsAsync<ArgumentException>(() => Client31.SetLevelAsync(5, gain));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }

    [Theory]
    [InlineData(0.5000000000000001)]
    [InlineData(3)]
    public async Task Inside_both_bounds_the_value_is_sent(double gain)
    {
        await Client31.SetLevelAsync(5, gain);

        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Over_loopback_a_refused_value_opens_no_connection_and_an_accepted_one_does()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var http = new HttpClient();
        var client = new RulesClient(http, new RulesClientOptions { Endpoint = new Uri("http://127.0.0.1:" + port + "/v1") });

        // Past the bound (the "limit: 5000 against maximum: 100"): refused before any connection.
        ArgumentException ex = await Assert.ThrowsAsync<ArgumentException>(() => client.ListItemsAsync(1, limit: 5000));
        Assert.Equal("limit", ex.ParamName);
        Assert.False(listener.Pending());

        // The control: at the bound the same client does reach the server.
        Task call = client.ListItemsAsync(1, limit: 100);
        using TcpClient connection = await listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(30));
        NetworkStream stream = connection.GetStream();
        string head = await ReadHeadAsync(stream);
        Assert.StartsWith("GET /v1/pages/1/items?limit=100 HTTP/1.1\r\n", head, StringComparison.Ordinal);
        await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n"));
        await call.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(buffer) == 1)
        {
            head.Append((char)buffer[0]);
        }

        return head.ToString();
    }
}
