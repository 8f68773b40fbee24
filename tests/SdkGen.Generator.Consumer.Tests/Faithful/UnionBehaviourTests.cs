using System.Net;
using System.Text.Json;
using Consumer.Faithful.Polymorphism;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// A oneOf of objects without a discriminator (issue 13): read as the first alternative whose required properties the
/// object has, wherever they sit; an object matching none is kept whole and sent back byte for byte; callers send any
/// alternative, validated as that alternative.
/// </summary>
public sealed class UnionBehaviourTests
{
    [Theory]
    [InlineData("{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}", "Person")]
    [InlineData("{\"registration\":\"HRB 1\",\"name\":\"Acme\"}", "Company")]
    [InlineData("{\"firstName\":\"Bob\",\"employer\":\"Acme\"}", "Person")]
    [InlineData("{\"nickname\":\"anon\",\"tags\":[1,{\"x\":null}]}", null)]
    public async Task Each_party_reads_as_the_first_matching_alternative_and_goes_back_unchanged(string json, string? expected)
    {
        var (client, handler) = Create(json);

        Party party = await client.AddPartyAsync(new Person("first"));
        await client.AddPartyAsync(party);

        Assert.Equal(expected == "Person", party.IsPerson);
        Assert.Equal(expected == "Company", party.IsCompany);
        Assert.False(party.IsEmployee);
        Assert.Equal(expected is null, party.Json is not null);
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
    public async Task A_caller_sends_any_alternative_or_raw_json()
    {
        var (client, handler) = Create("{\"firstName\":\"x\"}");

        await client.AddPartyAsync(new Employee("Bob", "Acme"));
        await client.AddPartyAsync(new Party(JsonDocument.Parse("{\"id\":7}").RootElement));

        Assert.Equal("{\"firstName\":\"Bob\",\"employer\":\"Acme\"}", handler.Requests[0].BodyText);
        Assert.Equal("{\"id\":7}", handler.Requests[1].BodyText);
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
