using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using DeviceFirmware.CompanionTests.Browser;
using DeviceFirmware.CompanionTests.Rig;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Sandbox;
using Microsoft.Playwright;
using Xunit;

namespace DeviceFirmware.CompanionTests.Scenarios
{
    /// <summary>Login with Amazon says no, or hands back a code that cannot be redeemed: the page starts over cleanly.</summary>
    public sealed class SignInFailureTests
    {
        /// <summary>The user declines at Amazon (error=access_denied): the page explains, nothing reaches the device, and signing in again is offered.</summary>
        [BrowserFact]
        public async Task Access_denied_is_explained_and_nothing_is_sent()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("access-denied", sandbox: options => options.DenyConsent = true);
            await rig.FindAsync();
            await rig.SignInAsync();

            await rig.Page.WaitForSelectorAsync("#error", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
            await rig.Browser.ShotAsync("access-denied");
            Assert.Equal("signin", await rig.Page.EvaluateAsync<string>("document.body.dataset.step"));
            Assert.True(await rig.VisibleAsync("#signin-button") || await rig.VisibleAsync("#start-over-button"));
            Assert.Equal(0, rig.Ble.Traffic.Writes);
            Assert.Equal(0, rig.Device.Status.FieldsReceived);
            Assert.Equal(0, rig.Sandbox.Requests.CountOf(SandboxEndpoint.Token));
        }

        /// <summary>
        /// The user closes the sign-in window without finishing: the page says so and offers the sign-in again,
        /// which then works; the device keeps waiting and gets nothing meanwhile.
        /// </summary>
        [BrowserFact]
        public async Task Sign_in_window_closed_can_be_retried()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("sign-in-closed");
            // The user sits on Amazon's sign-in page (the request never answers) and then closes the window.
            await rig.Browser.Context.RouteAsync(rig.Sandbox.AuthorizeUrl + "**", route => route.FulfillAsync(new RouteFulfillOptions
            {
                ContentType = "text/html",
                Body = "<!doctype html><title>Amazon sign-in</title><p>Sign in",
            }));
            await rig.FindAsync();
            IPage popup = await rig.Page.RunAndWaitForPopupAsync(() => rig.Page.ClickAsync("#signin-button"));
            await popup.CloseAsync();
            await rig.UntilAsync("/closed/i.test(document.querySelector('#status')?.textContent ?? '') || /closed/i.test(document.querySelector('#error')?.textContent ?? '')");
            await rig.Browser.ShotAsync("sign-in-closed");
            Assert.Equal("signin", await rig.Page.EvaluateAsync<string>("document.body.dataset.step"));
            Assert.Equal(0, rig.Ble.Traffic.Writes);

            await rig.Browser.Context.UnrouteAsync(rig.Sandbox.AuthorizeUrl + "**");
            await rig.SignInAsync();
            await rig.SendWifiAsync(DeviceUnderTest.Ssid, DeviceUnderTest.Password);
            await rig.AtStepAsync("done", "done", 30_000);
            Assert.Equal(ProvisioningState.Provisioned, rig.Device.Status.State);
        }

        /// <summary>
        /// LWA hands back a code that was already redeemed: the device's exchange gets invalid_grant
        /// (CODE_REJECTED, new challenge), the page starts over with a new sign-in, keeps the Wi-Fi values,
        /// and the second code provisions the device.
        /// </summary>
        [BrowserFact]
        public async Task Reused_code_starts_over_with_a_new_sign_in()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("code-reused");
            using var http = new HttpClient();
            int authorizations = 0;
            await rig.Browser.Context.RouteAsync(rig.Sandbox.AuthorizeUrl + "**", async route =>
            {
                IAPIResponse response = await route.FetchAsync(new RouteFetchOptions { MaxRedirects = 0 });
                if (++authorizations == 1)
                {
                    // Someone redeems the first code before the device does: for the device it is a used code.
                    string location = response.Headers["location"];
                    string code = System.Web.HttpUtility.ParseQueryString(new Uri(location).Query)["code"];
                    using var form = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["grant_type"] = "authorization_code",
                        ["code"] = code,
                        ["redirect_uri"] = rig.Companion.Url + "/callback.html",
                        ["client_id"] = SandboxOptions.DefaultClientId,
                        ["code_verifier"] = new string('a', 43),
                    });
                    (await http.PostAsync(rig.Sandbox.TokenUrl, form)).Dispose();
                }

                await route.FulfillAsync(new RouteFulfillOptions { Response = response });
            });

            await rig.FindAsync();
            byte firstAttempt = rig.Device.Status.Attempt;
            await rig.SignInAsync();
            await rig.SendWifiAsync(DeviceUnderTest.Ssid, DeviceUnderTest.Password);
            await rig.Page.WaitForSelectorAsync("#start-over-button", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible, Timeout = 30_000 });
            await rig.Browser.ShotAsync("code-rejected");
            Assert.Equal(ProvisioningErrors.CodeRejected, rig.Device.Status.LastError);
            Assert.NotEqual(firstAttempt, rig.Device.Status.Attempt);

            await rig.Page.ClickAsync("#start-over-button");
            await rig.AtStepAsync("signin", "sign-in-again");
            await rig.SignInAsync();
            await rig.AtStepAsync("done", "done", 30_000);

            Assert.Equal(2, authorizations);
            Assert.Equal(ProvisioningState.Provisioned, rig.Device.Status.State);
            Assert.True(rig.Device.Run.App.IsProvisioned);
            Assert.Empty(rig.Ble.Faults);
        }
    }
}
