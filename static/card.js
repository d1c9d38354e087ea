// Mounts Stripe's Payment Element and confirms the payment; the values come from the form's
// data attributes, so nothing user-supplied is written into a script (and the CSP allows none inline).
(function () {
  var form = document.getElementById("payment-form");
  var stripe = Stripe(form.dataset.publishableKey);
  var elements = stripe.elements({ clientSecret: form.dataset.clientSecret });
  elements.create("payment").mount("#payment-element");
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var button = form.querySelector("button");
    button.disabled = true;
    stripe.confirmPayment({ elements: elements, confirmParams: { return_url: form.dataset.returnUrl } })
      .then(function (result) {
        if (result.error) {
          document.getElementById("payment-message").textContent = result.error.message;
          button.disabled = false;
        }
      });
  });
})();
