extern alias aspnetapp;

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using CompareRequest = aspnetapp::CompareRequest;
using CompareResult = aspnetapp::CompareResult;
using Counts = aspnetapp::Counts;
using NpsResult = aspnetapp::NpsResult;

namespace CustomerLifecycle.Docs.Tests;

/// <summary>
/// The example app of docs/tutorials/aspnet-core.md (docs/examples/AspNetApp), built and called in-process. Referenced
/// under an alias: its top-level statements make a global <c>Program</c>, as the console example's do.
/// </summary>
public sealed class AspNetCoreTutorialTests : IClassFixture<WebApplicationFactory<NpsResult>>
{
    private readonly HttpClient _client;

    public AspNetCoreTutorialTests(WebApplicationFactory<NpsResult> factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Nps_endpoint_returns_the_nps_of_the_posted_scores_with_its_interval()
    {
        var response = await _client.PostAsJsonAsync("/nps", new[] { 10, 9, 9, 8, 7, 10, 3, 9, 6, 10 });
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<NpsResult>();
        Assert.NotNull(result);
        Assert.Equal(10, result.Responses);
        Assert.Equal(40.0, result.Nps!.Value, 9);
        Assert.Equal(-12.6, result.Low!.Value, 1);
        Assert.Equal(74.1, result.High!.Value, 1);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[10, 11]")]
    [InlineData("[-1]")]
    public async Task Nps_endpoint_rejects_an_empty_list_and_scores_outside_0_to_10(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/nps", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Nps_endpoint_rejects_a_body_that_is_not_a_list_of_scores()
    {
        using var content = new StringContent("{\"scores\": \"ten\"}", System.Text.Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/nps", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Compare_endpoint_says_that_plus_7_points_on_200_answers_is_not_significant()
    {
        var request = new CompareRequest(new Counts(152, 32, 16), new Counts(160, 30, 10));
        var response = await _client.PostAsJsonAsync("/nps/compare", request);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<CompareResult>();
        Assert.NotNull(result);
        Assert.Equal(7.0, result.Difference!.Value, 9);
        Assert.Equal(0.235, result.PValue!.Value, 3);
        Assert.False(result.Significant);
    }
}
