// n8n loads the nodes and credentials listed in package.json's "n8n" field; this entry point exists for
// tools that require() the package and carries no behaviour of its own.
module.exports = {};
