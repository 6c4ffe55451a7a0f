// Swagger UI on this server's own schema; the bundle comes from the swagger-ui-bundle package.
window.addEventListener("load", function () {
  if (!window.SwaggerUIBundle) return;
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
