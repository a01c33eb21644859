using DeviceFirmware.Auth;
using DeviceFirmware.Drs;

namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>
    /// The firmware's own code path (DeviceFirmware.Portable): its strict JsonReader under the same
    /// parsers and classifiers the device calls, checks included.
    /// </summary>
    public sealed class FirmwareBodyParser : IBodyParser
    {
        private const string Operation = "benchmark";
        private const int BadRequest = 400;
        private const int Ok = 200;
        private static readonly string[] NoSecrets = new string[0];

        /// <inheritdoc />
        public string Name
        {
            get { return "firmware"; }
        }

        /// <inheritdoc />
        public object Parse(BodyKind kind, string body)
        {
            switch (kind)
            {
                case BodyKind.LwaToken:
                    return LwaTokenResponseParser.Parse(body, Operation, false);
                case BodyKind.LwaError:
                    return LwaErrorClassifier.Classify(BadRequest, body, Operation, NoSecrets);
                case BodyKind.DrsReplenish:
                    return ReplenishResult.Parse(Ok, body);
                case BodyKind.DrsSubscription:
                    return SubscriptionInfo.Parse(Ok, body);
                default:
                    return DrsErrorClassifier.MessageOf(body);
            }
        }

        /// <inheritdoc />
        public string Describe(BodyKind kind, object result)
        {
            switch (kind)
            {
                case BodyKind.LwaToken:
                    LwaTokenResponse token = (LwaTokenResponse)result;
                    return Summary.Token(token.AccessToken, token.RefreshToken, token.TokenType, token.ExpiresInSeconds.ToString());
                case BodyKind.LwaError:
                    return Summary.LwaError(((LwaException)result).ErrorCode);
                case BodyKind.DrsReplenish:
                    ReplenishResult replenish = (ReplenishResult)result;
                    return Summary.Replenish(ReplenishResult.CodeOf(replenish.Detail), replenish.EventInstanceId);
                case BodyKind.DrsSubscription:
                    return DescribeSubscription((SubscriptionInfo)result);
                default:
                    return Summary.Message((string)result);
            }
        }

        private static string DescribeSubscription(SubscriptionInfo info)
        {
            string[] slots = new string[info.SlotCount];
            for (int i = 0; i < slots.Length; i++)
            {
                SlotSubscription slot = info.SlotAt(i);
                string products = string.Empty;
                for (int p = 0; p < slot.ProductCount; p++)
                {
                    ProductInfo product = slot.ProductAt(p);
                    products += (p == 0 ? string.Empty : ",") + Summary.Product(product.Asin, Summary.Number(product.Quantity), product.Unit);
                }

                slots[i] = Summary.Slot(slot.SlotId, slot.Subscribed, products);
            }

            return Summary.Subscription(slots);
        }
    }
}
