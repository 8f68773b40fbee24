using System.Net;
using System.Text.Json;
using Consumer.Faithful.Polymorphism;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// A oneOf of objects without a discriminator (issue 13): read as the first alternative whose required properties the
/// object has, wherever they sit; an object matching none is kept whole and reported, and refused if sent back; callers
/// send any alternative, validated as that alternative.
/// </summary>
public sealed class UnionBehaviourTests
{
    [Theory]
    [InlineData("{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}", "Person")]
    [InlineData("{\"registration\":\"HRB 1\",\"name\":\"Acme\"}", "Company")]
    [InlineData("{\"firstName\":\"Bob\",\"employer\":\"Acme\"}", "Person")]
    public async Task Each_party_reads_as_the_first_matching_alternative_and_goes_back_unchanged(string json, string expected)
    {
        var (client, handler) = Create(json);

        Party party = await client.AddPartyAsync(new Person("first"));
        await client.AddPartyAsync(party);

        Assert.Equal(expected == "Person", party.IsPerson);
        Assert.Equal(expected == "Company", party.IsCompany);
        Assert.False(party.IsEmployee);
        Assert.Null(party.Json);
        Assert.Empty(SdkGen.Runtime.ResponseDepartures.Of(party));
        string sent = handler.Requests[1].BodyText!;
        if (expected == "Person" && json.Contains("employer"))
        {
            // Employee is shadowed by Person (SDKGEN025): read as a Person, its employer is not kept.
            Assert.Equal("{\"firstName\":\"Bob\"}", sent);
        }
        else
        {
            Assert.Equal(json, sent);
        }
    }

    [Fact]
    public async Task The_alternative_s_values_are_typed()
    {
        var (client, _) = Create("{\"name\":\"Acme\",\"registration\":\"HRB 1\"}");

        Party party = await client.AddPartyAsync(new Company("HRB 1"));

        Assert.True(party.TryGetCompany(out Company? company));
        Assert.Equal("Acme", company!.Name);
        Assert.False(party.TryGetPerson(out Person? person));
        Assert.Null(person);
    }

    [Fact]
    public async Task An_object_matching_no_alternative_is_kept_reported_and_never_sent_back()
    {
        const string json = "{\"nickname\":\"anon\",\"tags\":[1,{\"x\":null}]}";
        var (client, handler) = Create(json);

        Party party = await client.AddPartyAsync(new Person("first"));

        Assert.False(party.IsPerson || party.IsCompany || party.IsEmployee);
        Assert.Equal(json, party.Json!.Value.GetRawText());
        SdkGen.Runtime.ResponseDeparture departure = Assert.Single(SdkGen.Runtime.ResponseDepartures.Of(party));
        Assert.Equal("Party", departure.Path);
        Assert.Equal(json, departure.RawJson);
        ArgumentException error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.AddPartyAsync(party));
        Assert.Contains("none of its alternatives", error.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_caller_sends_any_alternative_or_raw_json_of_an_alternative_s_shape()
    {
        var (client, handler) = Create("{\"firstName\":\"x\"}");

        await client.AddPartyAsync(new Employee("Bob", "Acme"));
        await client.AddPartyAsync(new Party(JsonDocument.Parse("{\"registration\":\"HRB 7\",\"extra\":1}").RootElement));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.AddPartyAsync(new Party(JsonDocument.Parse("{\"id\":7}").RootElement)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.AddPartyAsync(new Party(default(JsonElement))));

        Assert.Equal("{\"firstName\":\"Bob\",\"employer\":\"Acme\"}", handler.Requests[0].BodyText);
        Assert.Equal("{\"registration\":\"HRB 7\",\"extra\":1}", handler.Requests[1].BodyText);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task The_alternative_is_validated_before_sending()
    {
        var (client, handler) = Create("{}");

        ArgumentException error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.AddPartyAsync(new Person("")));

        Assert.Contains("body.FirstName", error.Message);
        Assert.Empty(handler.Requests);
    }

    private static (PetsClient Client, CapturingHandler Handler) Create(string response)
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, response);
        return (new PetsClient(new HttpClient(handler, disposeHandler: false), new PetsClientOptions()), handler);
    }
}
